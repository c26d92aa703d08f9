package cn.wuhu.sti.reference;

import java.util.Arrays;
import java.util.Optional;

/** The districts and development zones of Wuhu; their codes are part of the public contract. */
public enum District {
    /** 镜湖区 */
    JINGHU("镜湖区"),
    /** 弋江区 */
    YIJIANG("弋江区"),
    /** 鸠江区 */
    JIUJIANG("鸠江区"),
    /** 湾沚区 */
    WANZHI("湾沚区"),
    /** 繁昌区 */
    FANCHANG("繁昌区"),
    /** 无为市 */
    WUWEI("无为市"),
    /** 南陵县 */
    NANLING("南陵县"),
    /** 芜湖经济技术开发区 */
    WETDZ("芜湖经济技术开发区"),
    /** 芜湖高新技术产业开发区 */
    WHTZ("芜湖高新技术产业开发区"),
    /** 江北新区 */
    JIANGBEI("江北新区");

    private final String chineseName;

    District(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static Optional<District> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }
}
