package cn.wuhu.sti.reference;

import java.util.Arrays;
import java.util.Optional;

/** The industries the bureau tracks: the leading one, the emerging ones and the future ones. */
public enum Industry {
    /** 新能源汽车和智能网联汽车, the leading industry (首位产业) */
    NEV_ICV("新能源汽车和智能网联汽车", Kind.LEADING),
    ELECTRONIC_INFO("电子信息", Kind.EMERGING),
    ROBOTICS("机器人及智能装备", Kind.EMERGING),
    HIGH_END_EQUIPMENT("高端装备", Kind.EMERGING),
    NEW_MATERIALS("新材料", Kind.EMERGING),
    LIFE_HEALTH("生命健康", Kind.EMERGING),
    ENERGY_ENV("节能环保", Kind.EMERGING),
    GENERAL_AVIATION("通用航空", Kind.EMERGING),
    AGRI_MACHINERY("现代农机", Kind.EMERGING),
    DIGITAL_CREATIVE("数字创意", Kind.EMERGING),
    NEW_ENERGY("新能源", Kind.EMERGING),
    AI("人工智能", Kind.FUTURE),
    SYNTHETIC_BIO("合成生物", Kind.FUTURE),
    ENERGY_STORAGE("新型储能", Kind.FUTURE),
    SEMI_3G("第三代半导体", Kind.FUTURE),
    LOW_ALTITUDE("低空经济", Kind.FUTURE);

    public enum Kind {
        LEADING,
        EMERGING,
        FUTURE
    }

    private final String chineseName;
    private final Kind kind;

    Industry(String chineseName, Kind kind) {
        this.chineseName = chineseName;
        this.kind = kind;
    }

    public String chineseName() {
        return chineseName;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<Industry> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.name().equals(code)).findFirst();
    }
}
