package vn.hocvuso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormFieldsTest {

    @Test
    void readsFieldsAsBrowsersAndOAuthClientsEncodeThem() {
        FormFields form = FormFields.parse("grant_type=client_credentials&scope=stats%3Aread+rosters%3Awrite"
                        + "&name=Nguy%E1%BB%85n&raw=Nguyễn&empty=&flag&&")
                .orElseThrow();
        assertThat(form.get("grant_type")).isEqualTo("client_credentials");
        assertThat(form.get("scope")).isEqualTo("stats:read rosters:write");
        assertThat(form.get("name")).isEqualTo("Nguyễn");
        assertThat(form.get("raw")).isEqualTo("Nguyễn");
        assertThat(form.get("empty")).isEmpty();
        assertThat(form.get("flag")).isEmpty();
        assertThat(form.get("missing")).isNull();
        assertThat(FormFields.parse("").orElseThrow().get("grant_type")).isNull();
        assertThat(FormFields.parse(null)).isPresent();
    }

    @Test
    void aBodyThatIsNotAWellFormedFormIsNone() {
        assertThat(FormFields.parse("%s%n%x")).isEmpty();
        assertThat(FormFields.parse("a=%")).isEmpty();
        assertThat(FormFields.parse("a=%4")).isEmpty();
        assertThat(FormFields.parse("a=%G1")).isEmpty();
        assertThat(FormFields.parse("a=%٣٣"))
                .as("digits of another script are not hexadecimal")
                .isEmpty();
        assertThat(FormFields.parse("a=%C3%28")).as("not UTF-8").isEmpty();
        assertThat(FormFields.parse("a=%ED%A0%80")).as("a surrogate half").isEmpty();
        assertThat(FormFields.parse("a=1&a=1")).as("a parameter twice").isEmpty();
        assertThat(FormFields.parse("a=%25")).get().extracting(f -> f.get("a")).isEqualTo("%");
    }
}
