// Package procgroup runs a child process in a process group of its own,
// so that stopping it also stops anything it spawned (moto_server runs
// under a wrapper), and so that on Linux it dies with its parent if the
// parent is killed or panics without stopping it.
package procgroup

import "os/exec"

// Set makes cmd, before it starts, the leader of a process group of its
// own.
func Set(cmd *exec.Cmd) { set(cmd) }

// Terminate asks a started cmd's process group to stop.
func Terminate(cmd *exec.Cmd) { terminate(cmd) }

// Kill stops a started cmd's process group at once.
func Kill(cmd *exec.Cmd) { kill(cmd) }
