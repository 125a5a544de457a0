package cn.gongkai.division;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An administrative division (GB/T 2260): province, city or county, with its parent. */
@Entity
@Table(name = "division")
public class Division extends PanacheEntityBase {

    /** A GB/T 2260 division code, for Bean Validation and OpenAPI wherever one is accepted. */
    public static final String CODE_PATTERN = "^[0-9]{6}$";
    public static final String CODE_MESSAGE = "must be a 6-digit GB/T 2260 division code";

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public DivisionLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The code prefix shared by this division, its sub-divisions and their agencies: 37, 3708 or 370812. */
    public String prefix() {
        return code.substring(0, level.prefixLength());
    }

    /** The same for a code alone: its shape gives its level (a stored division's level always agrees with it). */
    public static String prefixOf(String code) {
        return code.substring(0, DivisionLevel.ofCode(code).prefixLength());
    }
}
