package dev.racereg.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections send small writes at once ({@code TCP_NODELAY}).
 * Without it a loopback server's response waits about 40 ms for the client's delayed ACK (Nagle),
 * which makes thousands of simulated calls take minutes. Use it for any {@code MockWebServer}:
 * {@code server.setServerSocketFactory(NoDelaySockets.serverSocketFactory())}.
 */
public final class NoDelaySockets {

  private NoDelaySockets() {}

  /** A factory of server sockets whose accepted sockets have {@code TCP_NODELAY} set. */
  public static ServerSocketFactory serverSocketFactory() {
    return new ServerSocketFactory() {
      @Override
      public ServerSocket createServerSocket() throws IOException {
        return new NoDelayServerSocket();
      }

      @Override
      public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port));
        return s;
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(port), backlog);
        return s;
      }

      @Override
      public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket s = new NoDelayServerSocket();
        s.bind(new java.net.InetSocketAddress(address, port), backlog);
        return s;
      }
    };
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
