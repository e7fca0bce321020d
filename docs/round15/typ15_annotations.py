# typ15 blind annotation of /work/probe15/s15a.jsonl; build() writes the gold and checks it.
import json, sys
SRC = '/work/probe15/s15a.jsonl'
FAM = set('speedup latency training_time time throughput energy energy_efficiency power memory model_size compute area cost overhead accuracy auc f1 error success_rate psnr map bleu perplexity other'.split())
KINDS = {'absolute', 'change', 'ratio'}
DIRS = {None, 'increase', 'decrease'}
QUALS = {None, 'up_to', 'about', 'at_least', 'at_most', 'more_than', 'less_than', 'average'}
HWC = set('gpu cpu fpga asic pim npu mobile edge mcu other'.split())

def C(text, metric, mt, kind, direction, value, low=None, unit=None, qual=None, base=None, bv=None, ds=None, hw=None, method=None):
    return dict(text=text, metric=metric, metric_text=mt, kind=kind, direction=direction, value=float(value),
                value_low=None if low is None else float(low), unit=unit, qualifier=qual, baseline=base,
                baseline_value=None if bv is None else float(bv), dataset=ds, hardware=hw, method=method)

def H(name, cls):
    return dict(name=name, **{'class': cls})

A = {}   # id -> (claims, hardware)
A['p-2511.16416'] = ([
  C('0.7355', 'accuracy', 'accuracy', 'absolute', None, 0.7355, method='Random Forest'),
  C('0.8131', 'auc', 'ROC AUC', 'absolute', None, 0.8131, method='Random Forest'),
  C('0.8744', 'accuracy', 'accuracy', 'absolute', None, 0.8744, method='ModernBERT-large'),
  C('0.9593', 'auc', 'ROC-AUC', 'absolute', None, 0.9593, method='ModernBERT-large'),
  C('0.8739', 'f1', 'F1', 'absolute', None, 0.8739, method='ModernBERT-large'),
  C('0.8685', 'accuracy', 'accuracy', 'absolute', None, 0.8685, method='DistilBERT-base'),
  C('0.9554', 'auc', 'ROC-AUC', 'absolute', None, 0.9554, method='DistilBERT-base'),
  C('0.8478', 'accuracy', 'accuracy', 'absolute', None, 0.8478, method='DistilBERT-base'),
  C('0.9407', 'auc', 'ROC-AUC', 'absolute', None, 0.9407, method='DistilBERT-base'),
  C('0.8569', 'accuracy', 'accuracy', 'absolute', None, 0.8569, method='ModernBERT-base'),
  C('0.9470', 'auc', 'ROC-AUC', 'absolute', None, 0.9470, method='ModernBERT-base'),
], [H('CPU', 'cpu')])
A['p-2606.09376'] = ([
  C('Spearman 1.0', 'other', 'system-level Spearman', 'absolute', None, 1.0),
], [])
A['p-2603.04904'] = ([
  C('g = -1.844', 'other', 'collective pathology (g)', 'absolute', None, 1.844, ds=None),
  C('g = +0.771', 'other', 'collective pathology (g)', 'absolute', None, 0.771),
  C('15/16 languages', 'other', 'languages with alignment-induced dissociation', 'absolute', None, 15),
  C('beta = 0.0667', 'other', 'alignment-induced dissociation (beta)', 'absolute', None, 0.0667),
  C('beta = 0.0684', 'other', 'interaction beta', 'absolute', None, 0.0684),
  C('r = 0.474', 'other', 'correlation with Power Distance Index', 'absolute', None, 0.474),
  C('DI = +1.120', 'other', 'DI', 'absolute', None, 1.120),
  C('above 84%', 'other', 'conformity', 'absolute', None, 84, unit='%', qual='more_than'),
], [])
A['p-2504.09203'] = ([
  C('2.54 h-mIoU', 'other', 'h-mIoU', 'change', 'increase', 2.54, qual='average', base='state-of-the-art open-vocabulary segmentation methods', ds='iSAID; DLRSD; OpenEarthMap', method='AerOSeg'),
], [])
A['p-2603.05623'] = ([
  C('+1.2%', 'other', 'camera dropout robustness', 'change', 'increase', 1.2, unit='%', ds='nuScenes', method='PFS'),
  C('+4.4% mAP', 'map', 'low-light performance mAP', 'change', 'increase', 4.4, unit='%', ds='nuScenes', method='PFS'),
  C('3.3 M parameters', 'model_size', 'parameters', 'absolute', None, 3.3, unit='M', method='PFS'),
], [])
A['p-2605.09935'] = ([
  C('15\\%', 'accuracy', 'accuracy', 'change', 'increase', 15, unit='%', base='existing state-of-the-art (SOTA) baselines', method='EMSFD'),
], [])
A['p-2603.16869'] = ([
  C('40%', 'other', 'interactive part segmentation', 'change', 'increase', 40, unit='%', base='prior state of the art', method='SegviGen'),
  C('15%', 'other', 'full segmentation', 'change', 'increase', 15, unit='%', base='prior state of the art', method='SegviGen'),
  C('0.32%', 'other', 'labeled training data', 'ratio', 'decrease', 0.32, unit='%', method='SegviGen'),
], [])
A['p-2604.09712'] = ([
  C('around 20\\%', 'other', 'performance', 'change', 'increase', 20, unit='%', qual='about', base='its backbone', method='LAST-7B'),
], [])
A['p-2603.06049'] = ([
  C('PDMS 90.3', 'other', 'PDMS', 'absolute', None, 90.3, ds='Navsim', method='Curious-VLA'),
  C('EPDMS 85.4', 'other', 'EPDMS', 'absolute', None, 85.4, ds='Navsim', method='Curious-VLA'),
  C('94.8', 'other', 'Best-of-N PDMS', 'absolute', None, 94.8, ds='Navsim', method='Curious-VLA'),
], [])
A['p-2605.27882'] = ([
  C('30.30', 'f1', 'best F1', 'absolute', None, 30.30, ds='VibeSearchBench'),
], [])
A['p-2512.03737'] = ([
  C('over 93\\%', 'accuracy', 'offline accuracy', 'absolute', None, 93, unit='%', qual='more_than', method='AR-Med'),
  C('24\\%', 'accuracy', 'accuracy', 'change', 'increase', 24, unit='%', base='original online system', method='AR-Med'),
], [])
A['p-2603.18009'] = ([
  C('6.03%', 'accuracy', 'average accuracy', 'change', 'increase', 6.03, unit='%', qual='average', base='few-shot baselines', method='UCPOF'),
  C('5.75%', 'accuracy', 'overall average accuracy', 'change', 'increase', 5.75, unit='%', qual='average', base='always-on full RAG', method='UCPOF'),
  C('50.66%', 'other', 'average retrieval trigger rate', 'change', 'decrease', 50.66, unit='%', qual='average', method='UCPOF'),
], [])
A['p-2505.13534'] = ([
  C('40--53%', 'other', 'top candidates validated as interesting', 'absolute', None, 53, low=40, unit='%', base='SHAP-based baseline', bv=7, ds='UK Biobank', method='InterFeat'),
  C('28%', 'other', 'candidates interesting to medical experts', 'absolute', None, 28, unit='%', method='InterFeat'),
], [])
A['p-2604.21584'] = ([
  C('15.2%', 'success_rate', 'average Success Rate Score', 'change', 'increase', 15.2, unit='%', qual='average', base='vanilla approach', method='CoFEE'),
  C('29%', 'other', 'features', 'change', 'decrease', 29, unit='%', base='vanilla approach', method='CoFEE'),
  C('53.3%', 'cost', 'costs', 'change', 'decrease', 53.3, unit='%', base='vanilla approach', method='CoFEE'),
], [])
A['p-2605.27483'] = ([  # phase-2 fix: count of outcomes (spec 7)
  C('three of five', 'other', 'pairings where the condition holds', 'absolute', None, 3),
], [])
A['p-2604.26741'] = ([], [H('edge devices', 'edge')])
A['p-2506.20821'] = ([
  C('19 percentage points', 'accuracy', 'accuracy', 'change', 'increase', 19, unit='pp', base='ChatGPT-4o (free-tier)', hw='commodity hardware', method='MultiFinRAG'),
], [H('commodity hardware', 'other')])
A['p-2603.19163'] = ([
  C('4.73% gap', 'other', 'gap', 'absolute', None, 4.73, unit='%', ds='TSP-442', hw='T4, V100, A800', method='cuGenOpt'),
  C('Twelve', 'other', 'problem types solved to optimality', 'absolute', None, 12, method='cuGenOpt'),
  C('from 36% to 4.73%', 'other', 'pcb442 gap', 'absolute', None, 4.73, unit='%', bv=36, ds='pcb442', method='cuGenOpt'),
  C('75-81%', 'throughput', 'VRPTW throughput', 'change', 'increase', 81, low=75, unit='%', ds='VRPTW', method='cuGenOpt'),
], [H('T4', 'gpu'), H('V100', 'gpu'), H('A800', 'gpu')])
A['p-2603.07338'] = ([
  C('approximately 88%', 'other', 'collision events predicted prior to occurrence', 'absolute', None, 88, unit='%', qual='about'),
], [H('edge devices', 'edge'), H('edge cameras', 'edge')])
A['p-2601.20784'] = ([
  C('12-50x', 'speedup', 'speedup', 'ratio', 'increase', 50, low=12, unit='x', base='desktop and edge GPUs', method='REASON'),
  C('310-681x', 'energy_efficiency', 'energy efficiency', 'ratio', 'increase', 681, low=310, unit='x', base='desktop and edge GPUs', method='REASON'),
  C('0.8 s', 'latency', 'end-to-end tasks', 'absolute', None, 0.8, unit='s', method='REASON'),
  C('6 mm2', 'area', 'area', 'absolute', None, 6, unit='mm^2', method='REASON'),
  C('2.12 W', 'power', 'power', 'absolute', None, 2.12, unit='W', method='REASON'),
], [H('REASON', 'asic'), H('desktop and edge GPUs', 'gpu')])
A['p-2506.05566'] = ([
  C('up to 18.4%', 'other', 'performance', 'change', 'increase', 18.4, unit='%', qual='up_to', base='18 competitive baselines', ds='VerilogEval', method='ScaleRTL'),
  C('12.7%', 'other', 'performance', 'change', 'increase', 12.7, unit='%', qual='up_to', base='18 competitive baselines', ds='RTLLM', method='ScaleRTL'),
], [])
A['p-2605.09490'] = ([
  C('0-2.5%', 'accuracy', 'accuracy', 'absolute', None, 2.5, low=0, unit='%'),  # phase-2 fix: measured, as R-KV's 0-32%
  C('91%', 'accuracy', 'full-cache accuracy', 'ratio', 'decrease', 91, unit='%', ds='GSM8K'),
  C('71%', 'accuracy', 'full-cache accuracy', 'ratio', 'decrease', 71, unit='%', ds='MATH-500'),
  C('90% vs. 86%', 'accuracy', 'accuracy', 'absolute', None, 90, unit='%', base='uncompressed baseline', bv=86),
  C('halving', 'memory', 'HBM occupancy', 'ratio', 'decrease', 2, unit='x'),
  C('0-32%', 'accuracy', 'accuracy', 'absolute', None, 32, low=0, unit='%', method='R-KV'),
  C('5-7%', 'overhead', 'transfer overhead', 'absolute', None, 7, low=5, unit='%'),
  C('2-48 GB', 'memory', 'HBM savings', 'change', 'decrease', 48, low=2, unit='GB'),
], [H('GPU', 'gpu'), H('CPU', 'cpu')])
A['p-2512.24386'] = ([
  C('14-62%', 'compute', 'compute cost', 'change', 'decrease', 62, low=14, unit='%', method='RedunCut'),
], [])
A['p-2601.23228'] = ([
  C('+5.0--17.5pp', 'other', 'performance', 'change', 'increase', 17.5, low=5.0, unit='pp', ds='AIME', method='MAPPA'),
  C('+7.8--17.2pp', 'other', 'performance', 'change', 'increase', 17.2, low=7.8, unit='pp', ds='AMC', method='MAPPA'),
  C('+12.5pp', 'success_rate', 'success rate', 'change', 'increase', 12.5, unit='pp', method='MAPPA'),
  C('up to 30%', 'other', 'quality metrics', 'change', 'increase', 30, unit='%', qual='up_to', method='MAPPA'),
], [])
A['p-2602.03207'] = ([
  C('1.2$\\times$ to 4.5$\\times$', 'speedup', 'speedups', 'ratio', 'increase', 4.5, low=1.2, unit='x', base='state-of-the-art web viewers', method='WebSplatter'),
], [H('GPU', 'gpu')])
A['p-2605.17424'] = ([
  C('more than a 10%', 'other', 'performance', 'change', 'increase', 10, unit='%', qual='more_than', base='existing SPI2 implementations'),
  C('0.6-2%', 'accuracy', 'solution accuracy', 'absolute', None, 2, low=0.6, unit='%'),
], [])
A['p-2506.05994'] = ([
  C('$1.46\\times$ to $21.30 \\times$', 'memory', 'space efficiency', 'ratio', 'increase', 21.30, low=1.46, unit='x', method='RETENTION'),
  C('$4.35\\times$ to $207.12\\times$', 'memory', 'space efficiency', 'ratio', 'increase', 207.12, low=4.35, unit='x', method='RETENTION'),
  C('less than 3%', 'accuracy', 'accuracy loss', 'change', 'decrease', 3, unit='%', qual='less_than', method='RETENTION'),
], [H('content-addressable memory (CAM)', 'pim')])
A['p-2510.02345'] = ([
  C('up to fivefold', 'model_size', 'parameter reduction per group', 'ratio', 'decrease', 5, unit='x', qual='up_to'),
  C('approximately 80%', 'model_size', 'total parameters', 'change', 'decrease', 80, unit='%', qual='about', base='standard MoE models', ds='GLUE; WikiText-103'),
  C('10% to 20%', 'throughput', 'throughput', 'change', 'increase', 20, low=10, unit='%', base='standard MoE models', ds='GLUE; WikiText-103'),
  C('over three', 'other', 'expert load variance', 'ratio', 'decrease', 3, unit='x', qual='more_than', base='standard MoE models', ds='GLUE; WikiText-103'),
], [])
A['p-2602.04521'] = ([
  C('<5%', 'model_size', 'parameters', 'ratio', 'decrease', 5, unit='%', qual='less_than', method='C-Δθ'),
], [])
A['p-2505.04846'] = ([
  C('90%', 'accuracy', 'accuracy', 'absolute', None, 90, unit='%', ds='SciQ', method='HiPerRAG'),
  C('76%', 'accuracy', 'accuracy', 'absolute', None, 76, unit='%', ds='PubMedQA', method='HiPerRAG'),
], [H('GPUs', 'gpu')])
A['p-2605.05959'] = ([
  C('up to 3.52\\%', 'other', 'performance', 'change', 'increase', 3.52, unit='%', qual='up_to', base='state-of-the-art prototype-based HtFL methods', method='FedSAF'),
], [])
A['p-2505.24653'] = ([
  C('18%', 'memory', 'memory traffic', 'ratio', 'decrease', 18, unit='%', base='traditional approaches'),
], [H('mobile devices', 'mobile')])
A['p-2506.20675'] = ([
  C('2-3x', 'memory', 'data movement', 'ratio', 'increase', 3, low=2, unit='x'),
  C('2-3x', 'time', 'verification time', 'ratio', 'increase', 3, low=2, unit='x'),
  C('up to 1.5x', 'speedup', 'slowdowns', 'ratio', 'decrease', 1.5, unit='x', qual='up_to'),
  C('5%', 'speedup', 'slowdown', 'change', 'decrease', 5, unit='%', qual='at_most', bv=1.5, method='Cascade'),
  C('7-14%', 'throughput', 'throughput', 'change', 'increase', 14, low=7, unit='%', base='static K', method='Cascade'),
], [H('GPU', 'gpu')])
A['p-2504.01337'] = ([
  C('0.51%', 'other', 'average performance', 'change', 'increase', 0.51, unit='%', qual='average', method='LLaMA-MoE'),
  C('0.33%', 'other', 'average performance', 'change', 'increase', 0.33, unit='%', qual='average', method='Qwen-MoE'),
  C('20%-30%', 'time', 'total running time', 'change', 'decrease', 30, low=20, unit='%', base='MegaBlocks', method='C2R'),
], [H('GPUs', 'gpu')])
A['p-2507.00003'] = ([
  C('97%', 'accuracy', 'accuracy', 'absolute', None, 97, unit='%', ds='IoT-CAD', method='NeutroSENSE'),
  C('I = 0.62', 'other', 'indeterminacy of misclassified samples', 'absolute', None, 0.62, base='correct ones', bv=0.24, ds='IoT-CAD', method='NeutroSENSE'),
], [H('edge deployments', 'edge')])
A['p-2605.21016'] = ([], [H('IoT devices', 'edge')])
A['p-2506.04456'] = ([], [H('roadside units (RSUs)', 'edge')])

def build(out):
    recs = [json.loads(l) for l in open(SRC)]
    seen = set(); n = 0; m = 0; bad = 0
    with open(out, 'w') as f:
        for r in recs:
            claims, hw = A.get(r['id'], ([], []))
            seen.add(r['id'])
            for c in claims:
                prob = []
                if c['text'] not in r['abstract']: prob.append('text not in abstract')
                if c['metric'] not in FAM: prob.append('family')
                if c['kind'] not in KINDS: prob.append('kind')
                if c['direction'] not in DIRS: prob.append('dir')
                if (c['kind'] == 'absolute') != (c['direction'] is None): prob.append('kind/direction')
                if c['qualifier'] not in QUALS: prob.append('qual')
                if c['value_low'] is not None and c['value_low'] > c['value']: prob.append('low>value')
                if prob: bad += 1; print(r['id'], c['text'], prob)
            for h in hw:
                if h['class'] not in HWC: bad += 1; print(r['id'], h, 'hw class')
            n += len(claims); m += bool(claims)
            f.write(json.dumps(dict(id=r['id'], source='probe', title=r['title'], claims=claims, hardware=hw), ensure_ascii=False) + '\n')
    missing = set(A) - seen
    print(f'{n} claims in {m} papers; {sum(1 for r in recs if A.get(r["id"], ([],[]))[1])} with hardware; problems {bad}; unknown ids {missing}')

if __name__ == '__main__':
    build(sys.argv[1])
