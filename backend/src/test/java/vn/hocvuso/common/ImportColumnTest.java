package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.roster.RosterFile.Column;

/**
 * How every import names its file's columns (here a roster's, whose enum is public): the template's header, the names
 * people type, a column named twice, one missing.
 */
class ImportColumnTest {

    @Test
    void aHeaderIsReadIgnoringCaseDiacriticsSpacesAndPunctuation() {
        // Upper case, decomposed accents (as windows-1258 writes them), a note of the uploader's, spaces, dots.
        List<String> header = List.of("HO\u0323 VA\u0300 TE\u0302N", "Ghi chú", " Phone Number ", "S.Đ.T");
        Map<Integer, Column> positions = ImportColumn.positions(Column.class, header);

        assertThat(positions).containsExactly(Map.entry(0, Column.NAME), Map.entry(2, Column.PHONE));
        assertThat(ImportColumn.of(Column.class, "Ho va ten")).contains(Column.NAME);
        assertThat(ImportColumn.of(Column.class, "Thư điện tử")).contains(Column.EMAIL);
        assertThat(ImportColumn.of(Column.class, "Mã học sinh")).contains(Column.EMPLOYEE_NUMBER);
        assertThat(ImportColumn.of(Column.class, "Số điện thoại di động")).isEmpty();
    }

    @Test
    void aColumnNamedTwiceIsReadFromItsFirstCell() {
        Map<Integer, Column> positions =
                ImportColumn.positions(Column.class, List.of("Email", "Họ và tên", "Họ tên", "e-mail"));

        assertThat(positions).containsExactly(Map.entry(0, Column.EMAIL), Map.entry(1, Column.NAME));
    }

    @Test
    void aMissingColumnIsNamedAsTheTemplateWritesIt() {
        assertThatThrownBy(() -> ImportColumn.require(List.of(Column.PHONE), List.of(Column.NAME), List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("import_header");
                    assertThat(e.args()).containsExactly("Họ và tên");
                });
        // Neither of two alternatives: the first one is named.
        assertThatThrownBy(() -> ImportColumn.require(
                        List.of(Column.NAME), List.of(Column.NAME), List.of(Column.PHONE, Column.EMAIL)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.args()).containsExactly("Số điện thoại"));
        ImportColumn.require(
                List.of(Column.NAME, Column.EMAIL), List.of(Column.NAME), List.of(Column.PHONE, Column.EMAIL));
    }

    @Test
    void aTemplateHeaderIsEveryColumnInOrder() {
        assertThat(ImportColumn.headers(Column.class))
                .containsExactly("Họ và tên", "Số điện thoại", "Email", "Mã xã/phường", "Cơ quan", "Lớp", "Mã cán bộ");
    }
}
