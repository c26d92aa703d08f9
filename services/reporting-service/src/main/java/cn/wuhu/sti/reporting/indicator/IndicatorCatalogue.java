package cn.wuhu.sti.reporting.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each code means: its name and unit from the code's own definition, and from {@code indicator-catalogue.json}
 * its definition in words, whether it is a stock (what stands on 31 December) or a flow (what happened in the year),
 * and the topics its facts come from. A code without a catalogue entry fails at start-up.
 */
@Component
public class IndicatorCatalogue {

    /** A stock stands on 31 December; a flow counts or sums what happened in the year. */
    public enum Kind {
        STOCK,
        FLOW
    }

    public record Entry(
            String code,
            String name,
            String unit,
            Kind kind,
            List<String> sources,
            String definition,
            boolean cityWideOnly) {}

    record Described(String code, Kind kind, List<String> sources, String definition) {}

    private final List<Entry> entries;

    IndicatorCatalogue(IndicatorQuery query, JsonMapper json) {
        Map<String, Described> described =
                read(json).stream().collect(Collectors.toMap(Described::code, Function.identity()));
        this.entries = query.codes().stream()
                .map(code -> {
                    Described words = described.get(code.code());
                    if (words == null) {
                        throw new IllegalStateException(
                                "indicator-catalogue.json does not describe " + code.code() + "; add its entry");
                    }
                    return new Entry(
                            code.code(),
                            code.chineseName(),
                            code.unit(),
                            words.kind(),
                            words.sources(),
                            words.definition(),
                            code.cityWideOnly());
                })
                .toList();
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean knows(String code) {
        return entries.stream().anyMatch(e -> e.code().equals(code));
    }

    private static List<Described> read(JsonMapper json) {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream("/indicator-catalogue.json")) {
            return json.readValue(in, new TypeReference<List<Described>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
