package vn.hocvuso.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.hocvuso.common.OneLine;
import vn.hocvuso.common.RowProblems.RowProblem;
import vn.hocvuso.common.Verbatim;

/** Request and response bodies of roster imports and account claims. */
public final class RosterViews {

    private RosterViews() {}

    /** A unit where the file would change more existing public-servant accounts than the safety cap allows. */
    public record UnitOverCap(String unitCode, String unitName, int existing, int changes) {}

    /**
     * What an import would do, row by row; nothing is written. {@code organisationId}: the organisation
     * whose roster it is (null: public servants of the agencies the rows name); {@code learnerGroup}:
     * what its rows become.
     */
    public record DryRunReport(
            String encoding,
            Long organisationId,
            String learnerGroup,
            int totalRows,
            int validRows,
            int errorRows,
            int toCreate,
            int toUpdate,
            int unchanged,
            boolean needsConfirmation,
            List<UnitOverCap> unitsOverCap,
            List<RowProblem> errors) {}

    public record ImportView(
            UUID id,
            String status,
            String fileName,
            String encoding,
            Long organisationId,
            String learnerGroup,
            int totalRows,
            int doneRows,
            int created,
            int updated,
            int unchanged,
            int errors,
            boolean confirmed,
            OffsetDateTime createdAt,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String resultUrl) {}

    public record ClaimRequest(
            @NotBlank @OneLine String login,
            @NotBlank String code,
            @NotNull @Verbatim String password) {}
}
