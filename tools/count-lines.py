"""Non-blank, non-comment lines of the .java files under a folder, by package folder (docs/analytics.md, "Lines of code").

Drops blank lines, // lines and /* */ blocks (Javadoc included); a line with code after a closing */ counts.
Usage: python3 tools/count-lines.py src/main/java/org/concordat/analytics
"""
import sys,os,re
def count(path):
    n=0; inblock=False
    for line in open(path,encoding='utf-8'):
        s=line.strip()
        if inblock:
            if '*/' in s:
                inblock=False; rest=s.split('*/',1)[1].strip()
                if rest and not rest.startswith('//'): n+=1
            continue
        if not s or s.startswith('//'): continue
        if s.startswith('/*'):
            if '*/' not in s[2:]: inblock=True
            else:
                rest=s.split('*/',1)[1].strip()
                if rest and not rest.startswith('//'): n+=1
            continue
        n+=1
    return n
root=sys.argv[1]
tot={}
for d,_,fs in os.walk(root):
    for f in fs:
        if f.endswith('.java'):
            rel=os.path.relpath(d,root)
            tot[rel]=tot.get(rel,0)+count(os.path.join(d,f))
for k in sorted(tot): print(f"{tot[k]:6d} {k}")
print(f"{sum(tot.values()):6d} total")
