#!/usr/bin/env bash
# CPU seconds used by Pilotis, PostgreSQL, the benchmark load and the rest over a window, from /proc
# (docs/performance.md): run it beside bench/diagnostic-benchmark.sh.   bash bench/cpu-share.sh [seconds]
python3 - "${1:-30}" <<'PY'
import os,sys,time
def snap():
    d={}
    for p in os.listdir('/proc'):
        if not p.isdigit(): continue
        try:
            st=open(f'/proc/{p}/stat').read(); cmd=open(f'/proc/{p}/cmdline').read()
        except: continue
        f=st.rsplit(')',1)[1].split()
        t=(int(f[11])+int(f[12]))/os.sysconf('SC_CLK_TCK')
        k='app' if 'PilotisApplication' in cmd else 'load' if 'DiagnosticLoad' in cmd else 'postgres' if 'postgres' in cmd else 'other'
        d[p]=(k,t)
    return d
a=snap(); t0=time.time(); time.sleep(float(sys.argv[1])); b=snap(); el=time.time()-t0
tot={}
for p,(k,t) in b.items():
    tot[k]=tot.get(k,0)+t-(a[p][1] if p in a else 0)
print(' '.join(f'{k}={v:.1f}s({v/el*100:.0f}%)' for k,v in sorted(tot.items())), f'over {el:.0f}s')
PY
