package vn.hocvuso.roster;

import java.util.List;
import java.util.Optional;

/**
 * The roster templates an uploader starts from, one per kind of organisation: the Vietnamese headers
 * and one example row. Every header is one {@link RosterFile.Column} reads.
 */
enum RosterTemplates {
    /** Public servants of any agencies (each row names its agency): the roster as it has always been. */
    AGENCY(
            "mau-danh-sach-can-bo",
            List.of("Họ và tên", "Số điện thoại", "Email", "Mã xã/phường", "Cơ quan", "Mã cán bộ"),
            List.of(
                    "Nguyễn Văn An",
                    "0912345678",
                    "an.nv@quangngai.gov.vn",
                    "21211",
                    "Sở Khoa học và Công nghệ",
                    "CB-000123")),
    /** A school's students, with their class; the unit may stay empty when the school has one. */
    SCHOOL(
            "mau-danh-sach-hoc-sinh",
            List.of("Họ và tên", "Số điện thoại", "Email", "Lớp", "Mã xã/phường", "Mã học sinh"),
            List.of("Trần Thị Bình", "0912345679", "binh.tt@gmail.com", "10A1", "21211", "HS-2025-0001")),
    /** An enterprise's workers; the unit may stay empty (the enterprise's). */
    ENTERPRISE(
            "mau-danh-sach-nguoi-lao-dong",
            List.of("Họ và tên", "Số điện thoại", "Email", "Mã xã/phường", "Mã nhân viên"),
            List.of("Lê Văn Cường", "0987654321", "cuong.lv@gmail.com", "21211", "NV-0042"));

    final String fileName;
    final List<String> header;
    final List<String> example;

    RosterTemplates(String fileName, List<String> header, List<String> example) {
        this.fileName = fileName;
        this.header = header;
        this.example = example;
    }

    static Optional<RosterTemplates> of(String kind) {
        for (RosterTemplates t : values()) {
            if (t.name().equals(kind)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
