package vn.hocvuso.stats;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import vn.hocvuso.common.OneOf;
import vn.hocvuso.stats.UnitTable.Sort;
import vn.hocvuso.stats.UnitTable.UnitQuery;
import vn.hocvuso.unit.LearnerGroup;

/**
 * The unit table's filters as query parameters, checked by Bean Validation like every request
 * ({@code invalid_choice} for a value not offered; an unknown learner group or sort is refused the same
 * way by {@code ParameterConverters}).
 */
public class UnitFilters {

    @QueryParam("type")
    @OneOf(
            value = {"xã", "phường", "đặc khu"},
            message = "invalid_choice")
    public String type;

    @QueryParam("learnerGroup")
    public LearnerGroup learnerGroup;

    @QueryParam("q")
    @Size(max = 100)
    public String q;

    @QueryParam("sort")
    public Sort sort;

    @QueryParam("order")
    @OneOf(
            value = {"asc", "desc"},
            message = "invalid_choice")
    public String order;

    /** The query: by participation, highest first, unless told otherwise; by name, A to Z. */
    UnitQuery query() {
        Sort effective = sort == null ? Sort.participationRate : sort;
        boolean ascending = order == null ? effective == Sort.name : order.equals("asc");
        return new UnitQuery(type, learnerGroup == null ? null : learnerGroup.name(), q, effective, ascending);
    }
}
