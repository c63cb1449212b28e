package dev.backtester.core.config;

import dev.backtester.api.Condition;
import dev.backtester.api.StrategyBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads {@code components.signals}: {@code entry_long}, {@code exit_long}, {@code entry_short}
 * and {@code exit_short}, each a list of conditions that must all hold, where an item
 * {@code any: [...]} holds when one of its conditions holds (and {@code all: [...]} when all do).
 */
final class SignalsReader {
    private static final List<String> LISTS = List.of("entry_long", "exit_long", "entry_short", "exit_short");

    private final ComponentMaker maker;

    SignalsReader(ComponentMaker maker) {
        this.maker = maker;
    }

    void read(ConfigValue signals, StrategyBuilder builder) {
        Optional<ConfigMap> map = signals.asMap();
        if (map.isEmpty()) {
            return;
        }
        ConfigMap lists = map.get();
        for (String list : LISTS) {
            ConfigValue value = lists.get(list);
            if (value.isNullOrAbsent()) {
                continue;
            }
            Optional<Condition> condition = group(value, true);
            if (condition.isPresent()) {
                switch (list) {
                    case "entry_long" -> builder.entryLong(condition.get());
                    case "exit_long" -> builder.exitLong(condition.get());
                    case "entry_short" -> builder.entryShort(condition.get());
                    default -> builder.exitShort(condition.get());
                }
            }
        }
        if (!lists.has("entry_long") && !lists.has("entry_short")) {
            signals.error("needs entry_long or entry_short: a strategy that never enters never trades");
        }
        lists.rejectUnknownKeys("components.signals");
    }

    /** A list of items combined with all (or any); empty after a problem. */
    private Optional<Condition> group(ConfigValue list, boolean all) {
        Optional<List<ConfigValue>> items = list.asList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            list.error("needs at least one condition");
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean complete = true;
        for (ConfigValue item : items.get()) {
            Optional<Condition> part = item(item);
            part.ifPresent(parts::add);
            complete &= part.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(all ? ConditionGroups.all(parts) : ConditionGroups.any(parts));
    }

    private Optional<Condition> item(ConfigValue item) {
        if (item.node() instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            ConfigMap map = item.asMap().orElseThrow();
            if (map.has("any")) {
                return group(map.get("any"), false);
            }
            if (map.has("all")) {
                return group(map.get("all"), true);
            }
        }
        return NamedEntry.read(item).flatMap(entry ->
                maker.make(ComponentKind.CONDITION, Condition.class, entry.name(), entry.nameAt(), entry.params()));
    }
}
