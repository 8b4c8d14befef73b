import sys,json
lines=sys.stdin.read().split('\n')
i=0
while i < len(lines):
  if lines[i].startswith(' got'):
    got=json.loads(lines[i].strip()[4:]); exp=json.loads(lines[i+1].strip()[4:])
    def walk(a,b,path):
      if type(a)!=type(b) or not isinstance(a,(dict,list)):
        if a!=b: print(path, '\n   got', json.dumps(a,ensure_ascii=False)[:300], '\n   exp', json.dumps(b,ensure_ascii=False)[:300])
        return
      if isinstance(a,dict):
        for k in b: walk(a.get(k),b[k],path+'.'+k)
      else:
        if len(a)!=len(b): print(path,'len',len(a),len(b))
        for j,(x,y) in enumerate(zip(a,b)): walk(x,y,path+'[%d]'%j)
    walk(got,exp,lines[i-1])
    i+=2
  else: i+=1
