/// `LotseDaemon` — see README.md for what this layer holds.
public enum LotseDaemonModule {}
