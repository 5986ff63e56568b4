package vn.hocvuso.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which group an organisation's roster imports, by the organisation's kind and what is asked for. */
class RosterTargetTest {

    @Test
    void eachKindImportsItsOwnGroupAndASchoolAlsoItsStaff() {
        assertThat(RosterTarget.groupFor("SCHOOL", null)).isEqualTo("STUDENT");
        assertThat(RosterTarget.groupFor("SCHOOL", "STUDENT")).isEqualTo("STUDENT");
        assertThat(RosterTarget.groupFor("SCHOOL", "CBCCVC")).isEqualTo("CBCCVC");
        assertThat(RosterTarget.groupFor("ENTERPRISE", null)).isEqualTo("WORKER");
        assertThat(RosterTarget.groupFor("AGENCY", null)).isEqualTo("CBCCVC");
    }

    @Test
    void noOtherGroupIsImported() {
        assertThat(RosterTarget.groupFor("SCHOOL", "WORKER")).isNull();
        assertThat(RosterTarget.groupFor("ENTERPRISE", "STUDENT")).isNull();
        assertThat(RosterTarget.groupFor("ENTERPRISE", "CBCCVC")).isNull();
        assertThat(RosterTarget.groupFor("AGENCY", "STUDENT")).isNull();
        assertThat(RosterTarget.groupFor("AGENCY", "CITIZEN")).isNull();
        assertThat(RosterTarget.groupFor("SCHOOL", "CITIZEN")).isNull();
    }
}
