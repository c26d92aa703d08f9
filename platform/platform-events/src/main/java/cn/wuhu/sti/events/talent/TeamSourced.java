package cn.wuhu.sti.events.talent;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;

/**
 * A team entered the talent pipeline. {@code district} is the district or zone that hosts the courtship, not yet
 * where the team lands; {@code leader} is the only person named.
 */
public record TeamSourced(
        String teamId,
        String name,
        String leader,
        Industry industry,
        District district,
        String originRegion,
        LocalDate sourcedOn)
        implements TeamEvent {}
