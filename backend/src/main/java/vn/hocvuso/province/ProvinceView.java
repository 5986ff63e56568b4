package vn.hocvuso.province;

/** A province as the API shows it: who it is and how it presents itself. */
public record ProvinceView(
        String code,
        String gsoCode,
        String name,
        String fullName,
        String committeeName,
        String issuerName,
        String hotline,
        String primaryColor,
        boolean synthetic) {

    static ProvinceView of(Province p) {
        return new ProvinceView(
                p.code(),
                p.gsoCode(),
                p.name(),
                p.fullName(),
                p.committeeName(),
                p.issuerName(),
                p.hotline(),
                p.primaryColor(),
                p.synthetic());
    }
}
