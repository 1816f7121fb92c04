"""ContactSync from Python with stubs generated from the repository's .proto files only (grpcio + grpcio-tools).

Generates the stubs into a temporary folder, picks a CRM view and a Google group with the picker RPCs, creates a plan,
runs it as a dry run (nothing is written to Zoho or Google) printing the progress stream, prints the result and
deletes the plan. Works against any server whose Zoho and Google connections are stored.

Usage: CONTACTSYNC_API_KEY=csk_... [CONTACTSYNC_ADDRESS=127.0.0.1:5180] [CONTACTSYNC_CRM_USER=<Zoho user id>] \\
       python3 example.py
Without CONTACTSYNC_CRM_USER the plan acts for the CRM user of the stored Zoho connection (as TestConnection reports it).
"""
import importlib
import os
import re
import shutil
import sys
import tempfile
import time

import grpc
import grpc_tools
from grpc_tools import protoc

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def generate_stubs(out):
    """protoc with the grpc plugin over the repository's protos."""
    protos = os.path.join(REPO, "protos")
    files = sorted(os.path.join("contactsync", "v1", f) for f in os.listdir(os.path.join(protos, "contactsync", "v1")) if f.endswith(".proto"))
    well_known = os.path.join(os.path.dirname(grpc_tools.__file__), "_proto")
    args = ["protoc", "-I" + protos, "-I" + well_known,
            "--python_out=" + out, "--grpc_python_out=" + out] + files
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")
    sys.path.insert(0, out)


def main():
    address = os.environ.get("CONTACTSYNC_ADDRESS", "127.0.0.1:5180")
    key = os.environ.get("CONTACTSYNC_API_KEY")
    if not key:
        raise SystemExit("Set CONTACTSYNC_API_KEY to an admin key (csk_<id>_<secret>).")
    out = tempfile.mkdtemp(prefix="contactsync-python-")
    try:
        generate_stubs(out)
        run(address, key)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def run(address, key):
    pb = importlib.import_module("contactsync.v1.contact_sync_pb2")
    plans = importlib.import_module("contactsync.v1.plans_pb2")
    runs = importlib.import_module("contactsync.v1.runs_pb2")
    connections = importlib.import_module("contactsync.v1.connections_pb2")
    rpc = importlib.import_module("contactsync.v1.contact_sync_pb2_grpc")
    auth = [("authorization", "Bearer " + key)]
    with grpc.insecure_channel(address) as channel:
        stub = rpc.ContactSyncStub(channel)
        user = os.environ.get("CONTACTSYNC_CRM_USER")
        if not user:
            tested = stub.TestConnection(pb.TestConnectionRequest(kind=connections.CONNECTION_KIND_ZOHO), metadata=auth, timeout=30)
            found = re.search(r"CRM user (\d+)", tested.account)
            if not found:
                raise SystemExit("TestConnection names no CRM user: " + tested.account)
            user = found.group(1)
        views = stub.ListCrmViews(pb.ListCrmViewsRequest(crm_user_id=user), metadata=auth, timeout=30).views
        view = next((v for v in views if v.is_default), views[0])
        group = stub.ListGoogleGroups(pb.ListGoogleGroupsRequest(), metadata=auth, timeout=30).groups[0]
        print("scope: CRM view '%s' (%s), Google group '%s' (%s)" % (view.name, view.id, group.name, group.resource_name))

        plan = plans.SyncPlan(name="python example %d" % int(time.time() * 1000), crm_user_id=user,
                              direction=plans.SYNC_DIRECTION_BIDIRECTIONAL, conflict_winner=plans.CONFLICT_WINNER_CRM,
                              crm_view_id=view.id, google_group=group.resource_name)
        created = stub.Configure(pb.ConfigureRequest(plan=plan), metadata=auth, timeout=30).plan
        print("plan: %s (%s)" % (created.name, created.id))
        try:
            result = dry_run(stub, pb, runs, created.id, auth)
        finally:
            stub.DeleteConfig(pb.DeleteConfigRequest(plan_id=created.id), metadata=auth, timeout=30)
            print("plan deleted")
    if result.run.outcome != runs.RUN_OUTCOME_SUCCEEDED or not result.run.dry_run:
        raise SystemExit("the dry run did not succeed: %s" % result.run)
    print("python example: dry run done")


def dry_run(stub, pb, runs, plan_id, auth):
    """RunSync with dry_run: every progress event, then the result with the planned changes."""
    result = None
    for event in stub.RunSync(pb.RunSyncRequest(plan_id=plan_id, mode=runs.RUN_MODE_FULL, dry_run=True), metadata=auth, timeout=300):
        if event.HasField("progress"):
            p = event.progress
            print("progress: %-20s %6d of %-6d Google +%d ~%d -%d  CRM +%d ~%d -%d" % (
                runs.RunPhase.Name(p.phase), p.processed, p.total,
                p.google.created, p.google.updated, p.google.deleted, p.crm.created, p.crm.updated, p.crm.deleted))
        else:
            result = event.result
    run = result.run
    actions = {}
    for change in result.planned_changes:
        label = "%s %s" % (runs.ChangeAction.Name(change.action), runs.Side.Name(change.target))
        actions[label] = actions.get(label, 0) + 1
    print("result: %s, dry run %s, %d planned changes" % (runs.RunOutcome.Name(run.outcome), run.dry_run, len(result.planned_changes)))
    for label in sorted(actions):
        print("  %5d %s" % (actions[label], label))
    return result


if __name__ == "__main__":
    main()
