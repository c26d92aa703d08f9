package cn.wuhu.sti.reporting.techmarket.model;

import cn.wuhu.sti.reporting.fact.model.Fact;

/** A dated fact of the tech market that a {@code techmarket.*} indicator counts in the year of its date. */
public sealed interface TechmarketFact extends Fact
        permits RegisteredContract,
                PublishedAchievement,
                Match,
                AwardedChallenge,
                LandedScenario,
                ApprovedProgrammeProject,
                HeldActivity {}
