package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

/** Plain JUnit: the header rules of {@link Download} that no file served today reaches through HTTP. */
class DownloadTest {

    @Test
    void aFileNameBeyondAsciiGetsAnAsciiFallbackAndTheRfc6266Name() {
        assertThat(Download.disposition(false, "ket-qua.csv")).isEqualTo("attachment; filename=\"ket-qua.csv\"");
        assertThat(Download.disposition(false, "Báo cáo Xã Tịnh Khê \"2026\".xlsx"))
                .isEqualTo("attachment; filename=\"Bao cao Xa Tinh Khe _2026_.xlsx\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20X%C3%A3%20T%E1%BB%8Bnh%20Kh%C3%AA%20%222026%22.xlsx");
        assertThat(Download.disposition(true, "Đề cương.pdf"))
                .startsWith("inline; filename=\"De cuong.pdf\"; filename*=");
    }

    @Test
    void ifNoneMatchMatchesTheVersionWeaklyInAListOrAsAStar() {
        assertThat(Download.unchanged("\"v1\"", "v1")).isTrue();
        assertThat(Download.unchanged("W/\"v1\"", "v1")).isTrue();
        assertThat(Download.unchanged("\"v0\", \"v1\"", "v1")).isTrue();
        assertThat(Download.unchanged("*", "v1")).isTrue();
        assertThat(Download.unchanged("\"v2\"", "v1")).isFalse();
        assertThat(Download.unchanged("v1", "v1"))
                .as("unquoted is not an entity tag")
                .isFalse();
        assertThat(Download.unchanged(null, "v1")).isFalse();
    }

    @Test
    void acceptRefusesOnlyWhatAdmitsNeitherTheFileNorAProblem() {
        MediaType pdf = MediaType.valueOf("application/pdf");
        assertThat(Download.acceptable(null, pdf)).isTrue();
        assertThat(Download.acceptable("application/json", pdf)).isTrue();
        assertThat(Download.acceptable("application/problem+json", pdf)).isTrue();
        assertThat(Download.acceptable("text/html,application/xhtml+xml,*/*;q=0.8", pdf))
                .isTrue();
        assertThat(Download.acceptable("text/html", pdf)).isFalse();
        assertThat(Download.acceptable("application/pdf;q=0, text/*", pdf)).isFalse();
        assertThat(Download.acceptable("text/*", MediaType.valueOf("text/csv; charset=utf-8")))
                .isTrue();
    }
}
