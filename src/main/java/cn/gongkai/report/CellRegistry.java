package cn.gongkai.report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import cn.gongkai.format.CellDefinition;
import cn.gongkai.format.Format;
import cn.gongkai.format.FormatCatalogue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The compact ids under which table cells are stored. On first use it registers every cell of every
 * format in the {@code cell} table (new ones only; ids are never renumbered, and concurrent replicas
 * agree through the unique address) and keeps the id map in memory.
 */
@Singleton
public class CellRegistry {

    private final AgroalDataSource dataSource;
    private final FormatCatalogue catalogue;
    private volatile Ids ids;

    private record Ids(Map<String, Short> byKey, Map<Short, String> byId) {
    }

    public CellRegistry(AgroalDataSource dataSource, FormatCatalogue catalogue) {
        this.dataSource = dataSource;
        this.catalogue = catalogue;
    }

    /** The storage id of a catalogue cell key such as {@code table3.NEW.NATURAL}. */
    public short id(String cellKey) {
        Short id = ids().byKey().get(cellKey);
        if (id == null) {
            throw new IllegalArgumentException("Unknown cell " + cellKey);
        }
        return id;
    }

    /** The catalogue cell key stored under {@code id}, if any format still knows it. */
    public Optional<String> key(short id) {
        return Optional.ofNullable(ids().byId().get(id));
    }

    private Ids ids() {
        Ids current = ids;
        if (current == null) {
            synchronized (this) {
                if (ids == null) {
                    // its own transaction: callers may be inside one that could still roll back
                    ids = QuarkusTransaction.requiringNew().call(this::register);
                }
                current = ids;
            }
        }
        return current;
    }

    private Ids register() {
        TreeSet<String> keys = new TreeSet<>();
        for (Format format : catalogue.all()) {
            format.cells().stream().map(CellDefinition::key).forEach(keys::add);
        }
        List<String[]> addresses = keys.stream().map(key -> key.split("\\.")).toList();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into cell (section_key, row_key, column_key) "
                            + "select * from unnest(?::varchar[], ?::varchar[], ?::varchar[]) "
                            + "on conflict (section_key, row_key, column_key) do nothing")) {
                insert.setArray(1, array(connection, addresses, 0));
                insert.setArray(2, array(connection, addresses, 1));
                insert.setArray(3, array(connection, addresses, 2));
                insert.executeUpdate();
            }
            Map<String, Short> byKey = new HashMap<>();
            Map<Short, String> byId = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select id, section_key, row_key, column_key from cell");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(2) + "." + rows.getString(3) + "." + rows.getString(4);
                    byKey.put(key, rows.getShort(1));
                    byId.put(rows.getShort(1), key);
                }
            }
            return new Ids(Map.copyOf(byKey), Map.copyOf(byId));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not register the catalogue's cells", e);
        }
    }

    private static Array array(Connection connection, List<String[]> addresses, int part) throws SQLException {
        return connection.createArrayOf("varchar", addresses.stream().map(address -> address[part]).toArray());
    }
}
