package cn.gongkai.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A written section of a report: a narrative part, or a table (whose cells live on the report). */
@Entity
@Table(name = "report_section")
public class ReportSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    public Report report;

    @Column(name = "section_key")
    public String sectionKey;

    /** The heading as printed in this report. */
    public String heading;

    /** Narrative text before the first sub-item; paragraphs separated by line breaks. */
    public String body;

    @ElementCollection
    @CollectionTable(name = "report_section_item", joinColumns = @JoinColumn(name = "section_id"))
    @OrderColumn(name = "position")
    public List<SectionItem> items = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
