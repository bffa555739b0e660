'use client';
// Next.js (App Router): the widget is a browser-only element. Server rendering sends the tag and its
// attributes (so the box is reserved and the text inside shows without JavaScript); the widget itself
// draws after hydration, when this client component loads its code.
import { useEffect } from 'react';
import type {} from 'pt-explainers/jsx/react';

export default function GateControl({ lang = 'en' }: { lang?: 'en' | 'es' }) {
  useEffect(() => {
    void import('pt-explainers/gate-control');
  }, []);
  return <pt-gate-control lang={lang} pain={70} theme="light" />;
}
