package vn.hocvuso.unit;

/** The four learner groups of the national framework (QĐ 757/QĐ-BKHCN): reference data, like the units. */
public enum LearnerGroup {
    /** Cán bộ, công chức, viên chức: public servants. */
    CBCCVC,
    /** Học sinh, sinh viên. */
    STUDENT,
    /** Người lao động trong doanh nghiệp. */
    WORKER,
    /** Người dân: everyone else. */
    CITIZEN
}
