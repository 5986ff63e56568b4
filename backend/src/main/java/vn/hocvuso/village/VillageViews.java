package vn.hocvuso.village;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.TextLength;

/** Request and response bodies of the villages feature. */
public final class VillageViews {

    private VillageViews() {}

    /** An open village as registration offers it. */
    public record VillageOption(Long id, String name, VillageKind kind) {}

    /** A village as its unit's managers see it: open or closed, with how many learners name it. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Village(
            Long id,
            String unitCode,
            String name,
            VillageKind kind,
            LocalDate closedOn,
            Long mergedIntoId,
            String mergedIntoName,
            long learners,
            long version) {}

    public record CreateVillageRequest(
            @NotNull @OneLine @TextLength(min = 1, max = 200)
            String name,

            @NotNull VillageKind kind) {}

    /** A new name or kind (either may be left out), against the version the manager saw. */
    public record UpdateVillageRequest(
            @NotNull @PositiveOrZero Long version,
            @OneLine @TextLength(min = 1, max = 200) String name,
            VillageKind kind) {}

    /**
     * Closing keeps the village, its learners and its figures; {@code mergedIntoId} names the open village of the
     * same unit it became part of. {@code closedOn} defaults to today (Vietnam time).
     */
    public record CloseVillageRequest(
            @NotNull @PositiveOrZero Long version, LocalDate closedOn, Long mergedIntoId) {}

    public record ReopenVillageRequest(
            @NotNull @PositiveOrZero Long version) {}

    /** The figures of one village of a unit, or of the unit's learners who named none ({@code villageId} null). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record VillageFigures(
            Long villageId,
            String name,
            VillageKind kind,
            LocalDate closedOn,
            long learners,
            long enrolled,
            long completedLessons,
            long passed,
            long certified) {}

    /** A unit's figures by village, for the course the province reports on, as of one moment. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record UnitVillageFigures(
            String unitCode,
            UUID courseId,
            Instant asOf,
            List<VillageFigures> villages,
            VillageFigures withoutVillage) {}
}
