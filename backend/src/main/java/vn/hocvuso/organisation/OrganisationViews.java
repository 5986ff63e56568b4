package vn.hocvuso.organisation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.Instant;
import java.time.LocalDate;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.unit.UnitCode;

/** Request and response bodies of the organisation tree. */
public final class OrganisationViews {

    private OrganisationViews() {}

    /** What an organisation is: its staff are public servants (AGENCY), its learners students, or workers. */
    public enum Kind {
        AGENCY,
        SCHOOL,
        ENTERPRISE
    }

    /** A school's level, from primary school to university. */
    public enum SchoolLevel {
        PRIMARY,
        LOWER_SECONDARY,
        UPPER_SECONDARY,
        COLLEGE,
        UNIVERSITY
    }

    /** An open organisation as the registration form offers it: anyone may read it. */
    public record OrganisationSummary(
            long id, String name, String kind, String schoolLevel, String unitCode, Long parentId, String parentName) {}

    /** An organisation as an administrator manages it, closed ones too. */
    public record OrganisationDetail(
            long id,
            String name,
            String kind,
            String schoolLevel,
            String unitCode,
            String unitName,
            Long parentId,
            String parentName,
            LocalDate openedOn,
            LocalDate closedOn,
            Long mergedIntoId,
            String mergedIntoName,
            long openChildren,
            long version,
            Instant updatedAt,
            String provinceCode) {

        boolean closed() {
            return closedOn != null;
        }

        OrganisationSummary summary() {
            return new OrganisationSummary(id, name, kind, schoolLevel, unitCode, parentId, parentName);
        }
    }

    /**
     * An organisation created or changed, moved by its {@code parentId}. {@code version} is the one read
     * (required for a change: a stale one is 409 {@code edit_conflict}); ignored on create.
     */
    @OrganisationRules
    public record OrganisationRequest(
            @NotBlank @OneLine @Size(max = 300) String name,
            @NotNull Kind kind,
            SchoolLevel schoolLevel,
            @UnitCode String unitCode,
            @Positive Long parentId,
            LocalDate openedOn,
            @NotNull(groups = Edit.class) @Min(0) Long version) {

        /** The rules of a change: those of a creation, and the version read. */
        public interface Edit extends Default {}
    }

    /** Closing an organisation on a day, or merging it into another (which closes it too). */
    public record CloseRequest(
            @NotNull LocalDate closedOn,
            @Positive Long mergedIntoId,
            @NotNull @Min(0) Long version) {}

    /** Reopening a closed (or merged) organisation. */
    public record ReopenRequest(@NotNull @Min(0) Long version) {}
}
