package vn.hocvuso.organisation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.province.Province;
import vn.hocvuso.unit.UnitCode;

/** The filters every list of organisations takes, public or not: text, kind, level, unit, parent, province. */
public class OrganisationFilter {

    /** Text in the name, ignoring case and diacritics. */
    @QueryParam("q")
    @Size(max = 100)
    public String q;

    @QueryParam("kind")
    @OneOf({"AGENCY", "SCHOOL", "ENTERPRISE"})
    public String kind;

    @QueryParam("level")
    @OneOf({"PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY", "COLLEGE", "UNIVERSITY"})
    public String level;

    @QueryParam("unitCode")
    @UnitCode
    public String unitCode;

    /** Only the organisations directly under this one. */
    @QueryParam("parentId")
    @Positive
    public Long parentId;

    /** Only the organisations of this province (a key of {@code GET /api/v1/provinces}); a key of none finds none. */
    @QueryParam("province")
    @Pattern(regexp = Province.KEY)
    public String province;

    OrganisationDirectory.Query query(boolean rootsOnly, String status) {
        return new OrganisationDirectory.Query(q, kind, level, unitCode, parentId, province, rootsOnly, status);
    }
}
