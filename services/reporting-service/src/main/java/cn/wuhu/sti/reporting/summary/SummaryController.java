package cn.wuhu.sti.reporting.summary;

import cn.wuhu.sti.web.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the bureau's leaders read: the yearly work summary as Markdown (the default) or as a Word document, and the
 * year's indicators as an Excel workbook when the {@code Accept} header asks for one (JSON stays the default there).
 */
@RestController
class SummaryController {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 2100;

    private final SummaryWriter summaries;
    private final SummaryDocument documents;
    private final IndicatorWorkbook workbooks;

    SummaryController(SummaryWriter summaries, SummaryDocument documents, IndicatorWorkbook workbooks) {
        this.summaries = summaries;
        this.documents = documents;
        this.workbooks = workbooks;
    }

    /**
     * Markdown unless the {@code Accept} header names the Word type before (or without) {@code text/markdown}: a
     * wildcard, or no header at all, gets Markdown. The year arrives as text so a missing or malformed one gets the
     * contract's 400 naming it.
     */
    @GetMapping(
            value = "/api/reports/summary",
            produces = {MARKDOWN, DOCX})
    ResponseEntity<?> summary(
            @RequestParam(required = false) String year,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        int valid = parseYear(year);
        WorkSummary summary = summaries.of(valid);
        if (asksForWord(accept)) {
            return attachment(documents.of(summary), MediaType.parseMediaType(DOCX), "summary-" + valid + ".docx");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MARKDOWN))
                .body(summary.markdown());
    }

    static boolean asksForWord(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        MediaType word = MediaType.parseMediaType(DOCX);
        MediaType markdown = MediaType.parseMediaType("text/markdown");
        MediaType best = null;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            boolean named = type.isCompatibleWith(word) && !type.isWildcardSubtype()
                    || type.isCompatibleWith(markdown) && !type.isWildcardSubtype();
            if (named && (best == null || type.getQualityValue() > best.getQualityValue())) {
                best = type;
            }
        }
        return best != null && best.getSubtype().equals(word.getSubtype());
    }

    @GetMapping(value = "/api/reports/indicators", produces = XLSX)
    ResponseEntity<byte[]> indicatorWorkbook(@RequestParam(required = false) String year) {
        int valid = parseYear(year);
        return attachment(workbooks.of(valid), MediaType.parseMediaType(XLSX), "indicators-" + valid + ".xlsx");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(body);
    }

    private static int parseYear(String year) {
        if (year == null || year.isBlank()) {
            throw new InvalidFieldException("year", "is required, e.g. year=2023");
        }
        try {
            int parsed = Integer.parseInt(year.trim());
            if (parsed < FIRST_YEAR || parsed > LAST_YEAR) {
                throw new InvalidFieldException("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("year", "must be a year such as 2023, not '" + year + "'");
        }
    }
}
