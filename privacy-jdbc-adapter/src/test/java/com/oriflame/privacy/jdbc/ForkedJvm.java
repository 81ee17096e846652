package com.oriflame.privacy.jdbc;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts a test class's {@code main} in a new JVM on this test's class path. */
final class ForkedJvm {
  private ForkedJvm() {}

  /**
   * @param main the class whose {@code main} to run
   * @param logLevel the slf4j-simple level of the child
   * @param stderr where the child's standard error goes
   * @param args its arguments
   * @return the running child; its standard output is a pipe
   */
  static Process start(Class<?> main, String logLevel, File stderr, String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=" + logLevel,
        // system properties win over simplelogger.properties, which quietens the engine for the fault tests
        "-Dorg.slf4j.simpleLogger.log.com.oriflame.privacy=" + logLevel,
        "-Dorg.slf4j.simpleLogger.log.com.oriflame.privacy.PrivacyEngine=" + logLevel, "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(stderr).start();
  }
}
