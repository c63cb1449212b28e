package dev.backtester.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backtester.api.data.BarSeries;
import dev.backtester.api.data.PriceField;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-level layout: line ends, BOM, blank lines, header modes, column mapping, symbols. */
class CsvLayoutTest {

    private static final String HEADER = "Date,Open,High,Low,Close,Volume";

    @TempDir
    Path dir;

    @Test
    void bomCrlfAndBlankLinesAreAcceptedAndLineNumbersStayPhysical() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = HEADER + "\r\n2020-01-02,10,11,9,10,1\r\n\r\n2020-01-03,10,11,9,x,1\r\n2020-01-06,10,11,9,10,1\r\n\r\n\r\n";
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(bom, body.getBytes(StandardCharsets.UTF_8)));
        CsvLoad load = new CsvBarReader(CsvFormat.generic(), BadBarPolicy.DROP_AND_REPORT).load(file);
        assertEquals(2, load.series().size());
        // the blank line 3 still counts: the bad row is physical line 4
        assertEquals(List.of("bom.csv:4: column Close: value 'x': not a number"),
                load.report().problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void blanksAroundFieldsAreIgnored() {
        BarSeries bars = parse(CsvFormat.generic(), " Date , Open,High ,Low,Close,Volume\n 2020-01-02 , 10 ,11,\t9,10 ,1 \n");
        assertEquals(10, bars.open(0));
        assertEquals(9, bars.low(0));
    }

    @Test
    void headerNamesMatchIgnoringCaseInAnyOrderAndExtraColumnsAreIgnored() {
        BarSeries bars = parse(CsvFormat.generic(), "volume,CLOSE,extra,low,High,open,date\n7,10.5,zzz,9,11,10,2020-01-02\n");
        assertArrayEquals(new double[] {10, 11, 9, 10.5, 7},
                new double[] {bars.open(0), bars.high(0), bars.low(0), bars.close(0), bars.volume(0)});
    }

    @Test
    void aHeaderNamingAColumnTwiceIsAmbiguous() {
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> parse(CsvFormat.generic(), "Date,Open,High,Low,Close,Close,Volume\n2020-01-02,10,11,9,10,10,1\n"));
        assertEquals("x.csv:1: column Close: value 'Date,Open,High,Low,Close,Close,Volume': appears more than once in the header",
                e.report().problems().get(0).toString());
    }

    @Test
    void filesWithoutHeaderAreReadByIndexAndTheFirstRowSetsTheFieldCount() {
        CsvFormat format = CsvFormat.generic().byPosition().withHeader(CsvFormat.Header.NONE);
        String csv = "2020-01-02,10,11,9,10,1,x\n2020-01-03,10,11,9,10,1\n2020-01-06,10,11,9,10,1,y\n";
        DataValidationException e = assertThrows(DataValidationException.class, () -> parse(format, csv));
        assertEquals(List.of("x.csv:2: value '2020-01-03,10,11,9,10,1': expected 7 fields as on line 1, found 6"),
                e.report().problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void aRowTooShortForTheMappedColumnsIsReported() {
        CsvFormat format = CsvFormat.generic().byPosition().withHeader(CsvFormat.Header.NONE);
        CsvLoad load = new CsvBarReader(format, BadBarPolicy.DROP_AND_REPORT)
                .parse("x.csv", "2020-01-02,10,11\n2020-01-03,10,11,9,10,1\n", "X");
        assertEquals(List.of("x.csv:1: value '2020-01-02,10,11': expected at least 6 fields, found 3"),
                load.report().problems().stream().map(DataProblem::toString).toList());
        assertEquals(1, load.series().size());
    }

    @Test
    void indexedColumnsAreLabelledWithIndexAndField() {
        CsvFormat format = CsvFormat.generic().byPosition();
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> parse(format, HEADER + "\n2020-01-02,10,11,9,10,1\n2020-01-03,10,11,9,10,abc\n"));
        assertEquals(List.of("x.csv:3: column #5 (Volume): value 'abc': not a number"),
                e.report().problems().stream().map(DataProblem::toString).toList());
    }

    @Test
    void withoutVolumeGivesZeroVolume() {
        BarSeries bars = parse(CsvFormat.generic().withoutVolume(), "Date,Open,High,Low,Close\n2020-01-02,10,11,9,10\n");
        assertArrayEquals(new double[] {0}, bars.column(PriceField.VOLUME));
    }

    @Test
    void aMappedVolumeColumnTheFileLacksIsAnErrorNotZero() {
        DataValidationException e = assertThrows(DataValidationException.class,
                () -> parse(CsvFormat.generic(), "Date,Open,High,Low,Close\n2020-01-02,10,11,9,10\n"));
        assertEquals("x.csv:1: column Volume: value 'Date,Open,High,Low,Close': missing in the header",
                e.report().problems().get(0).toString());
    }

    @Test
    void otherDelimiters() {
        BarSeries bars = parse(CsvFormat.generic().withDelimiter(';'), "Date;Open;High;Low;Close;Volume\n2020-01-02;10;11;9;10;1\n");
        assertEquals(1, bars.size());
    }

    @Test
    void anIndexBeyondTheHeaderIsReported() {
        CsvFormat format = CsvFormat.generic().withColumn(PriceField.VOLUME, ColumnRef.index(9));
        DataValidationException e = assertThrows(DataValidationException.class, () -> parse(format, HEADER + "\n2020-01-02,10,11,9,10,1\n"));
        assertEquals("x.csv:1: value '" + HEADER + "': header has 6 fields but the format reads field #9",
                e.report().problems().get(0).toString());
    }

    @Test
    void symbolIsTheFileNameWithoutItsLastExtension() {
        assertEquals("orcl-1995-2014", CsvBarReader.symbolOf(Path.of("data/orcl-1995-2014.txt")));
        assertEquals("ES.2006", CsvBarReader.symbolOf(Path.of("ES.2006.csv")));
        assertEquals("SPY", CsvBarReader.symbolOf(Path.of("SPY")));
        assertEquals(".hidden", CsvBarReader.symbolOf(Path.of(".hidden")));
    }

    @Test
    void aMissingFileNamesThePath() {
        Path missing = dir.resolve("nope.csv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new CsvBarReader(CsvFormat.generic()).read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void aCleanLoadHasACleanReport() {
        CsvLoad load = new CsvBarReader(CsvFormat.generic(), BadBarPolicy.DROP_AND_REPORT)
                .parse("x.csv", HEADER + "\n2020-01-02,10,11,9,10,1\n", "X");
        assertTrue(load.report().isClean());
        assertEquals(0, load.droppedRows());
        assertEquals("X", load.series().symbol());
    }

    private static BarSeries parse(CsvFormat format, String csv) {
        return new CsvBarReader(format).parse("x.csv", csv, "X").series();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
