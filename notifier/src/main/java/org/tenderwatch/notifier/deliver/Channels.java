package org.tenderwatch.notifier.deliver;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every channel bean by its name: registering a channel is being a bean. */
@Singleton
public class Channels {

    private final Map<String, Channel> byName = new TreeMap<>();

    Channels(List<Channel> channels) {
        channels.forEach(channel -> {
            if (byName.putIfAbsent(channel.name(), channel) != null) {
                throw new IllegalStateException("two channels are named " + channel.name());
            }
        });
    }

    public Optional<Channel> find(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }

    /** The channel a stored subscriber names: one that is not registered any more is a configuration fault. */
    public Channel named(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("no channel named " + name + " is registered"));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
