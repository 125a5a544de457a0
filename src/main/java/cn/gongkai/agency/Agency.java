package cn.gongkai.agency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String code;

    @Column(name = "division_code")
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    public AgencyLevel level;

    @Enumerated(EnumType.STRING)
    public ReportScope scope;

    public String address;

    public String phone;

    public String website;

    @Version
    public long version;

    /** Counts the changes of name, level and scope, the parts of an agency that rules read (stored validation counts keep it). */
    @Column(name = "identity_version")
    public long identityVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
