package cn.gongkai.document.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.document.source.Block;
import cn.gongkai.document.source.Paragraph;
import cn.gongkai.document.source.Table;
import cn.gongkai.format.BlockDefinition;
import cn.gongkai.format.ColumnDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import cn.gongkai.format.RowDefinition;
import cn.gongkai.format.SectionDefinition;
import cn.gongkai.format.SectionKind;

/**
 * Tells the format versions apart by the table labels only one of them has (FORMAT.md §8: 本年制发件数
 * only in 2021, 对外公开总数量 only in 2019, …), taken from the catalogue rather than listed here.
 */
final class FormatDetector {

    record Detection(Format format, List<String> evidence) {
    }

    private final FormatCatalogue catalogue;
    /** For each format, its distinctive labels by their words. */
    private final Map<Format, Map<String, String>> distinctive = new LinkedHashMap<>();

    FormatDetector(FormatCatalogue catalogue) {
        this.catalogue = catalogue;
        for (Format format : catalogue.all()) {
            Map<String, String> own = new LinkedHashMap<>();
            tableLabels(format).forEach(label -> own.putIfAbsent(Labels.words(label), label));
            for (Format other : catalogue.all()) {
                if (other != format) {
                    tableLabels(other).forEach(label -> own.remove(Labels.words(label)));
                }
            }
            distinctive.put(format, own);
        }
    }

    Detection detect(List<Block> blocks, Integer year) {
        Set<String> printed = new HashSet<>();
        for (Block block : blocks) {
            if (block instanceof Table table) {
                table.rows().forEach(row -> row.forEach(cell -> printed.add(Labels.words(cell))));
            } else if (block instanceof Paragraph paragraph) {
                printed.add(Labels.words(paragraph.text()));
                for (String token : paragraph.text().split("\\s+")) {
                    printed.add(Labels.words(token));
                }
            }
        }
        Format best = null;
        List<String> bestEvidence = List.of();
        for (Map.Entry<Format, Map<String, String>> entry : distinctive.entrySet()) {
            List<String> evidence = new ArrayList<>();
            entry.getValue().forEach((words, label) -> {
                if (printed.contains(words)) {
                    evidence.add(label);
                }
            });
            if (evidence.size() > bestEvidence.size()) {
                best = entry.getKey();
                bestEvidence = evidence;
            }
        }
        if (best == null) {
            best = (year == null ? java.util.Optional.<Format> empty() : catalogue.forYear(year))
                    .orElseGet(() -> catalogue.find(FormatCatalogue.NATIONAL_2021).orElseThrow());
        }
        return new Detection(best, bestEvidence);
    }

    private static List<String> tableLabels(Format format) {
        List<String> labels = new ArrayList<>();
        for (SectionDefinition section : format.sections()) {
            if (section.kind() != SectionKind.TABLE) {
                continue;
            }
            for (BlockDefinition block : section.blocks()) {
                if (block.label() != null) {
                    labels.add(block.label());
                }
                for (ColumnDefinition column : block.columns()) {
                    labels.add(column.label());
                    labels.addAll(column.groups());
                }
                for (RowDefinition row : block.rows()) {
                    labels.add(row.label());
                    labels.addAll(row.groups());
                }
            }
        }
        return labels;
    }
}
