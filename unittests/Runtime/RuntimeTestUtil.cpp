//===- RuntimeTestUtil.cpp - Running runtime code in a child process ------===//

#include "RuntimeTestUtil.h"

#include "goscape-rt/Output.h"

#include <cstdlib>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace gs;
using namespace gs::test;

ChildResult gs::test::runChild(const std::function<void()> &Body) {
  int OutPipe[2], ErrPipe[2];
  if (pipe(OutPipe) != 0 || pipe(ErrPipe) != 0)
    std::abort();
  gs_flush_stdout();
  pid_t Pid = fork();
  if (Pid == 0) {
    dup2(OutPipe[1], 1);
    dup2(ErrPipe[1], 2);
    close(OutPipe[0]);
    close(ErrPipe[0]);
    Body();
    gs_flush_stdout();
    _exit(0);
  }
  close(OutPipe[1]);
  close(ErrPipe[1]);
  ChildResult R{0, "", ""};
  pollfd Fds[2] = {{OutPipe[0], POLLIN, 0}, {ErrPipe[0], POLLIN, 0}};
  int Open = 2;
  while (Open > 0) {
    if (poll(Fds, 2, -1) < 0)
      break;
    for (int I = 0; I < 2; ++I) {
      if (Fds[I].fd < 0 || !(Fds[I].revents & (POLLIN | POLLHUP)))
        continue;
      char Buf[4096];
      ssize_t N = read(Fds[I].fd, Buf, sizeof(Buf));
      if (N <= 0) {
        close(Fds[I].fd);
        Fds[I].fd = -1;
        --Open;
        continue;
      }
      (I == 0 ? R.Out : R.Err).append(Buf, size_t(N));
    }
  }
  int Status = 0;
  waitpid(Pid, &Status, 0);
  R.ExitCode = WIFEXITED(Status) ? WEXITSTATUS(Status)
                                 : 128 + WTERMSIG(Status);
  return R;
}

std::string gs::test::panicHead(const std::string &Err) {
  const std::string Marker = "goroutine 1 [running]:\n";
  size_t P = Err.find(Marker);
  return P == std::string::npos ? Err : Err.substr(0, P + Marker.size());
}
