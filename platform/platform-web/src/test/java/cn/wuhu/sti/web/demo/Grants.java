package cn.wuhu.sti.web.demo;

/** Object Mother for grant request bodies, valid unless a test says otherwise. */
public final class Grants {

    private Grants() {}

    public static String valid(String name) {
        return body(name, "\"JIUJIANG\"", "\"2023-05-17\"", "12500.50");
    }

    public static String withDistrict(String district) {
        return body("Robot Lab", district, "\"2023-05-17\"", "12500.50");
    }

    public static String withGrantedOn(String grantedOn) {
        return body("Robot Lab", "\"JIUJIANG\"", grantedOn, "12500.50");
    }

    public static String withAmount(String amount) {
        return body("Robot Lab", "\"JIUJIANG\"", "\"2023-05-17\"", amount);
    }

    public static String withoutName() {
        return "{\"district\":\"JIUJIANG\",\"grantedOn\":\"2023-05-17\",\"amount\":1}";
    }

    private static String body(String name, String district, String grantedOn, String amount) {
        return "{\"name\":\"" + name + "\",\"district\":" + district + ",\"grantedOn\":" + grantedOn + ",\"amount\":"
                + amount + "}";
    }
}
