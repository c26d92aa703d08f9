package cn.wuhu.sti.deploy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared image recipe, deploy/docker/Dockerfile, as text: its instructions with continuation lines joined. */
record Dockerfile(List<String> instructions) {

    static final String PATH = "deploy/docker/Dockerfile";

    static Dockerfile read() {
        String joined = Repository.read(PATH).replaceAll("\\\\\\n\\s*", " ");
        return new Dockerfile(joined.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList());
    }

    List<String> withKeyword(String keyword) {
        return instructions.stream()
                .filter(line -> line.startsWith(keyword + " "))
                .toList();
    }

    /** The user id the runtime stage runs as (the last USER). */
    long runtimeUserId() {
        List<String> users = withKeyword("USER");
        Matcher uid = Pattern.compile("USER (\\d+)(:\\d+)?").matcher(users.get(users.size() - 1));
        if (!uid.matches()) {
            throw new AssertionError("The runtime USER is not a numeric uid: " + users);
        }
        return Long.parseLong(uid.group(1));
    }
}
