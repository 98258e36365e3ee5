package app;

public class Unrelated {
  int answer() {
    return 42;
  }
}
