package cn.gongkai.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gongkai.agency.Agency;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One agency's annual report for one year. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    public int year;

    @Column(name = "format_id")
    public String formatId;

    public String title;

    public String preamble;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** Bumped on every change to the report or any of its sections: the report's ETag. */
    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Sections that have been written, by section key. */
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @MapKey(name = "sectionKey")
    public Map<String, ReportSection> sections = new LinkedHashMap<>();

    /** Reported table cells of all its tables, by cell id (see {@link CellRegistry}). */
    @ElementCollection
    @CollectionTable(name = "report_cell", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "cell_id")
    public Map<Short, StoredCell> cells = new HashMap<>();
}
