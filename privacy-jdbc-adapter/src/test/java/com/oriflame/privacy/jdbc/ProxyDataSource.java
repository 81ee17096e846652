package com.oriflame.privacy.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source wrapper for fault and efficiency tests: counts executed statements and open
 * connections, can refuse connections (the database "went away") and can fail statements whose SQL
 * matches a predicate (a failure in the middle of a transaction).
 */
final class ProxyDataSource implements DataSource {
  private final DataSource target;
  final AtomicInteger statements = new AtomicInteger();
  final AtomicInteger openConnections = new AtomicInteger();
  final AtomicInteger failures = new AtomicInteger();
  volatile boolean down;
  volatile Predicate<String> failing = sql -> false;

  ProxyDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (down) {
      throw new SQLTransientConnectionException("connection refused", "08001");
    }
    Connection c = target.getConnection();
    openConnections.incrementAndGet();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        new ConnectionHandler(c));
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  private final class ConnectionHandler implements InvocationHandler {
    private final Connection c;
    private boolean closed;

    ConnectionHandler(Connection c) {
      this.c = c;
    }

    @Override
    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
      if (method.getName().equals("close") && !closed) {
        closed = true;
        openConnections.decrementAndGet();
      }
      if (method.getName().equals("prepareStatement")) {
        String sql = (String) args[0];
        PreparedStatement ps = (PreparedStatement) call(method, args);
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
          if (m.getName().startsWith("execute")) {
            if (failing.test(sql)) {
              failures.incrementAndGet();
              throw new SQLException("simulated failure", "08006");
            }
            statements.incrementAndGet();
          }
          try {
            return m.invoke(ps, a);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
      }
      return call(method, args);
    }

    private Object call(java.lang.reflect.Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(c, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
