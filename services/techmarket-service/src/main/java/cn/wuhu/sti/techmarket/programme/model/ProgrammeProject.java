package cn.wuhu.sti.techmarket.programme.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.ProgrammeKind;
import cn.wuhu.sti.events.techmarket.ProgrammeProjectApproved;
import cn.wuhu.sti.reference.District;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An S&amp;T programme project (科技计划项目), regular or a challenge's, led by a firm: the city's public funding and
 * the R&amp;D money of the firm's own it draws, both exact yuan, at least zero.
 */
public record ProgrammeProject(
        String id,
        String title,
        ProgrammeKind kind,
        Uscc leadUscc,
        District district,
        LocalDate approvedOn,
        BigDecimal publicFunding,
        BigDecimal selfInvestment) {

    // The longest title the published schemas allow.
    private static final int TITLE_LENGTH = 200;

    /** A project as stored. */
    public ProgrammeProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leadUscc, "leadUscc");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(approvedOn, "approvedOn");
        Objects.requireNonNull(publicFunding, "publicFunding");
        Objects.requireNonNull(selfInvestment, "selfInvestment");
    }

    public static Change<ProgrammeProject, ProgrammeProjectApproved> approve(
            ProgrammeProjectCommands.Approve command, String id) {
        var project = new ProgrammeProject(
                id,
                Require.text("title", command.title(), TITLE_LENGTH),
                Require.present("kind", command.kind()),
                Require.uscc("leadUscc", command.leadUscc()),
                Require.present("district", command.district()),
                Require.present("approvedOn", command.approvedOn()),
                Require.amount("publicFunding", command.publicFunding()),
                Require.amount("selfInvestment", command.selfInvestment()));
        var event = new ProgrammeProjectApproved(
                id,
                project.title(),
                project.kind(),
                project.leadUscc().value(),
                project.district(),
                project.approvedOn(),
                project.publicFunding(),
                project.selfInvestment());
        return new Change<>(project, event);
    }
}
