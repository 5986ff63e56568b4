package vn.hocvuso.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.hocvuso.unit.Agency;
import vn.hocvuso.unit.LearnerGroup;
import vn.hocvuso.unit.Unit;

/** An account: a learner, and possibly a manager or administrator through its role grants. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    public UUID id;

    @Column(name = "full_name")
    public String fullName;

    /** E.164, e.g. +84912345678. */
    public String phone;

    /** Lower-cased. */
    public String email;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "learner_group")
    public LearnerGroup learnerGroup;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_code")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** "Chữ lớn": every page of the web app in large text, on any device the account logs in on. */
    /** Registered while phone verification was on, and the phone not proven yet (PhoneVerifications). */
    @Column(name = "phone_unverified")
    public boolean phoneUnverified;

    @Column(name = "large_text")
    public boolean largeText;

    @Version
    public long version;
}
