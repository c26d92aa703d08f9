package cn.wuhu.sti.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A key counts only for the caller who sent it and the endpoint it was sent to. */
record RequestScope(String principal, String method, String path, String key) {

    /** A fixed-length document id, whatever the length of the parts. */
    String id() {
        return sha256((principal + '\n' + method + '\n' + path + '\n' + key).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
