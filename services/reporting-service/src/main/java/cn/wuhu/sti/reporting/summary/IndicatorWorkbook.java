package cn.wuhu.sti.reporting.summary;

import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reporting.indicator.Indicator;
import cn.wuhu.sti.reporting.indicator.IndicatorQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The year's indicators as an Excel workbook (.xlsx): sheet 指标 (the city's figures against their targets), sheet
 * 区县 (one column per district) and sheet 产业 (the counting codes split by industry). Numbers are numeric cells,
 * amounts in yuan formatted {@code #,##0.00}; every sheet freezes its Chinese header row.
 */
@Component
class IndicatorWorkbook {

    static final String INDICATORS = "指标";
    static final String DISTRICTS = "区县";
    static final String INDUSTRIES = "产业";

    private final IndicatorQuery query;

    IndicatorWorkbook(IndicatorQuery query) {
        this.query = query;
    }

    byte[] of(int year) {
        List<Indicator> city = query.of(year, Optional.empty());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            indicators(workbook.createSheet(INDICATORS), styles, city);
            districts(workbook.createSheet(DISTRICTS), styles, year, city);
            industries(workbook.createSheet(INDUSTRIES), styles, year, city);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void indicators(Sheet sheet, Styles styles, List<Indicator> city) {
        header(sheet, styles, "代码", "名称", "数值", "单位", "目标", "完成进度%");
        int r = 1;
        for (Indicator indicator : city) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(indicator.code());
            row.createCell(1).setCellValue(indicator.name());
            number(row.createCell(2), indicator.value(), indicator.unit(), styles);
            row.createCell(3).setCellValue(indicator.unit());
            if (indicator.target() != null) {
                number(row.createCell(4), indicator.target(), indicator.unit(), styles);
            }
            if (indicator.progress() != null) {
                number(row.createCell(5), indicator.progress(), Indicator.PERCENT, styles);
            }
        }
        widths(sheet, 6);
    }

    private void districts(Sheet sheet, Styles styles, int year, List<Indicator> city) {
        District[] districts = District.values();
        String[] headers = new String[3 + districts.length];
        headers[0] = "代码";
        headers[1] = "名称";
        headers[2] = "单位";
        Map<District, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (int d = 0; d < districts.length; d++) {
            headers[3 + d] = districts[d].chineseName();
            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
            query.of(year, Optional.of(districts[d])).forEach(i -> byCode.put(i.code(), i.value()));
            values.put(districts[d], byCode);
        }
        header(sheet, styles, headers);
        int r = 1;
        for (Indicator indicator : city) {
            if (!values.get(districts[0]).containsKey(indicator.code())) {
                continue; // counts city-wide facts only
            }
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(indicator.code());
            row.createCell(1).setCellValue(indicator.name());
            row.createCell(2).setCellValue(indicator.unit());
            for (int d = 0; d < districts.length; d++) {
                BigDecimal value = values.get(districts[d]).get(indicator.code());
                if (value != null) {
                    number(row.createCell(3 + d), value, indicator.unit(), styles);
                }
            }
        }
        widths(sheet, headers.length);
    }

    private void industries(Sheet sheet, Styles styles, int year, List<Indicator> city) {
        header(sheet, styles, "代码", "名称", "产业", "数值", "单位");
        int r = 1;
        for (Indicator indicator : city) {
            if (indicator.unit().equals(Indicator.PERCENT) || indicator.value().signum() == 0) {
                continue;
            }
            for (IndicatorQuery.Row split : query.byIndustry(indicator.code(), year)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(indicator.code());
                row.createCell(1).setCellValue(indicator.name());
                row.createCell(2).setCellValue(split.name());
                number(row.createCell(3), split.value(), indicator.unit(), styles);
                row.createCell(4).setCellValue(indicator.unit());
            }
        }
        widths(sheet, 5);
    }

    private static void header(Sheet sheet, Styles styles, String... names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void number(Cell cell, BigDecimal value, String unit, Styles styles) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(Indicator.YUAN.equals(unit) ? styles.yuan : styles.plain);
    }

    private static void widths(Sheet sheet, int columns) {
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        for (int c = 2; c < columns; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle yuan;
        final CellStyle plain;

        Styles(XSSFWorkbook workbook) {
            header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            yuan = workbook.createCellStyle();
            yuan.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            plain = workbook.createCellStyle();
            plain.setDataFormat(workbook.createDataFormat().getFormat("General"));
        }
    }
}
