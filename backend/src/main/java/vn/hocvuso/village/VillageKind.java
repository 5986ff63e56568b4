package vn.hocvuso.village;

/** What a commune-level unit's part is called: a village (thôn, làng, buôn) or a residential group (tổ dân phố). */
public enum VillageKind {
    THON,
    TO_DAN_PHO
}
