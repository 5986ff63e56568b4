package vn.hocvuso.identity;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.hocvuso.identity.IdentityViews.OrganisationRef;
import vn.hocvuso.identity.IdentityViews.UnitRef;
import vn.hocvuso.identity.IdentityViews.VillageRef;
import vn.hocvuso.unit.LearnerGroup;

/**
 * An account as read with its unit, organisation (agency, school or enterprise) and village: a learner, and possibly a manager or administrator
 * through its role grants. {@code phone} is E.164 (e.g. +84912345678), {@code email} lower-cased;
 * {@code phoneUnverified}: registered while phone verification was on, the phone not proven yet
 * (PhoneVerifications); {@code largeText}: "Chữ lớn", every page of the web app in large text.
 */
public record User(
        UUID id,
        String fullName,
        String phone,
        String email,
        String passwordHash,
        LearnerGroup learnerGroup,
        UnitRef unit,
        OrganisationRef organisation,
        VillageRef village,
        String className,
        OffsetDateTime createdAt,
        boolean phoneUnverified,
        boolean largeText) {}
