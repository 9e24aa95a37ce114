//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// detach puts a child in a process group of its own, so that stopping it
// also stops anything it spawned (moto_server runs under a wrapper).
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	dieWithParent(cmd.SysProcAttr)
}

// terminate asks the child's process group to stop.
func terminate(cmd *exec.Cmd) { syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }

// kill stops the child's process group at once.
func kill(cmd *exec.Cmd) { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
