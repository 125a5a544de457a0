package cn.gongkai.report;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A numbered sub-item of a narrative part, such as 一（二） or 六（一）. */
@Embeddable
public class SectionItem {

    @Column(name = "item_key")
    public String key;

    public String heading;

    public String body;

    protected SectionItem() {
    }

    public SectionItem(String key, String heading, String body) {
        this.key = key;
        this.heading = heading;
        this.body = body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectionItem item && Objects.equals(key, item.key) && Objects.equals(heading, item.heading)
                && Objects.equals(body, item.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, heading, body);
    }
}
