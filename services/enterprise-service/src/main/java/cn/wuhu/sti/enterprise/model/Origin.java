package cn.wuhu.sti.enterprise.model;

import java.util.Objects;

/** Where a firm came from onto the ladder: a talent team's company is its first rung. */
public record Origin(Kind kind, String teamId) {

    public enum Kind {
        /** 高层次科技人才团队: the firm is the company a talent team registered. */
        TALENT_TEAM
    }

    public Origin {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(teamId, "teamId");
    }

    public static Origin talentTeam(String teamId) {
        return new Origin(Kind.TALENT_TEAM, teamId);
    }
}
