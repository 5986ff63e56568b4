package vn.hocvuso.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static vn.hocvuso.testing.Api.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocvuso.testing.Database;
import vn.hocvuso.testing.Learners;
import vn.hocvuso.testing.Tokens;

/**
 * How text arrives: NFC and trimmed everywhere, inner spaces collapsed where a field is one line, and a
 * password exactly as typed; first on the mapper alone, then through the API and the database.
 */
@QuarkusTest
class TextInputTest {

    private static final String NAME = "Trần Thị Ngọc Ánh";
    private static final String DECOMPOSED = Normalizer.normalize(NAME, Normalizer.Form.NFD);

    record Sample(
            String text,
            @OneLine String title,
            @Verbatim String secret,
            @OneLine List<String> titles) {}

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonSettings().customize(mapper);
        new TextInput().customize(mapper);
        return mapper;
    }

    @Test
    void eachFormOfTextAsTheMapperReadsIt() throws Exception {
        String json = new ObjectMapper()
                .writeValueAsString(Map.of(
                        "text", "  " + DECOMPOSED + "\r\ndòng hai \t",
                        "title", " " + DECOMPOSED.replace(" ", " \t\n "),
                        "secret", "  " + DECOMPOSED + "  ",
                        "titles", List.of("  a   b ", DECOMPOSED)));
        Sample sample = mapper().readValue(json, Sample.class);

        assertThat(sample.text()).isEqualTo(NAME + "\ndòng hai");
        assertThat(sample.title()).isEqualTo(NAME);
        assertThat(sample.secret()).isEqualTo("  " + DECOMPOSED + "  ");
        assertThat(sample.titles()).containsExactly("a b", NAME);
    }

    @Test
    void theStrictReadingOfJsonSettingsStillHolds() {
        assertThatThrownBy(() -> mapper().readValue("{\"text\": 912345678}", Sample.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aTitleTypedDecomposedIsStoredNfcOnOneLine() {
        String admin = Tokens.admin();
        String courseId = api(admin)
                .body(Map.of(
                        "slug", "nfc-" + System.nanoTime(),
                        "title", "  " + DECOMPOSED.replace(" ", "  \t") + " ",
                        "description", "  Dòng một\r\n" + DECOMPOSED + "  "))
                .post("/api/v1/admin/courses")
                .then()
                .statusCode(201)
                .body("title", equalTo(NAME))
                .body("description", equalTo("Dòng một\n" + NAME))
                .extract()
                .path("id");
        assertThat(Database.queryString("SELECT title FROM course WHERE id = ?::uuid", courseId))
                .isEqualTo(NAME);
    }

    @Test
    void aNameChangedInTheProfileIsStoredNfcOnOneLine() {
        Learners.Session learner = Learners.registeredAndLoggedIn();
        api(learner.accessToken())
                .body(Map.of("fullName", " " + DECOMPOSED.replace(" ", " \n  ") + "\t"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("fullName", equalTo(NAME));
    }

    @Test
    void aPasswordIsKeptExactlyAsTyped() {
        String password = "  " + Normalizer.normalize("Mật-khẩu-2026!", Normalizer.Form.NFD) + " ";
        Map<String, Object> body = Learners.with(Learners.registration(), "password", password);
        Learners.register(body);
        String phone = (String) body.get("phone");

        api().body(Map.of("login", phone, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
        api().body(Map.of("login", phone, "password", password.strip()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        api().body(Map.of("login", phone, "password", Normalizer.normalize(password, Normalizer.Form.NFC)))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
    }
}
