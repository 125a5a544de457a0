package cn.gongkai.validation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored reviewer decision on one finding of one report. */
@Entity
@Table(name = "finding_decision")
@IdClass(FindingDecision.Key.class)
public class FindingDecision extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public Long reportId;

    @Id
    @Column(name = "finding_id")
    public String findingId;

    @Enumerated(EnumType.STRING)
    public Decision.DecisionStatus status;

    public String reason;

    public String fingerprint;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static class Key implements Serializable {
        public Long reportId;
        public String findingId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(reportId, key.reportId) && Objects.equals(findingId, key.findingId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, findingId);
        }
    }
}
